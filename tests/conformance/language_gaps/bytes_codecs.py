# str.encode / bytes.decode with utf-8, ascii and latin-1, error handlers and their messages.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", errors="backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"), "café".encode("latin-1"), "café".encode("latin1"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), str(b"caf\xc3\xa9", "utf-8"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
print("😀".encode(), b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
for bad in [lambda: s.encode("ascii"), lambda: "a€€b".encode("ascii"), lambda: "€".encode("latin-1"),
            lambda: b"\xff".decode(), lambda: b"a\xc3".decode(), lambda: b"\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(),
            lambda: b"\xe9".decode("ascii"), lambda: "x".encode("nope"), lambda: b"x".decode("nope"),
            lambda: "é".encode("ascii", "bogus"), lambda: str("x", "utf-8")]:
    try:
        print(bad())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
