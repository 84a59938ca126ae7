s = "Python Programming"
print(s.rindex("o"), s.isupper(), s.islower(), "ABC".isupper(), "abc".islower())
print("Hello World".istitle(), "hello".istitle(), "var_1".isidentifier(), "1var".isidentifier())
print("a-b-c".rsplit("-", 1), "a b  c".rsplit(None, 1), "x=1".partition("="), "path/to/file".rpartition("/"))
print("test_file.py".removesuffix(".py"), "unit_test".removeprefix("unit_"), "abc".removeprefix("x"))
print("one\ntwo\r\nthree".splitlines(), "a\nb\n".splitlines(True))
print("12345".isdecimal(), "12a".isnumeric(), "Straße".casefold() if False else "ABC".casefold())
print("no match".partition("|"))
