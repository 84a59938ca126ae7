import json

values = [0, 1, -1, 2**31, 2**63, -2**64, 10**40, 0.0, -0.0, 1.5, 1e-300, 1e300, 3.141592653589793, 2.5e-5, 1e22, 1e21,
          123e-20, float("1.7976931348623157e308"), 5e-324]
text = json.dumps(values)
print(text)
back = json.loads(text)
print(back == values, [type(v).__name__ for v in back][:8])
print(json.loads("[1.0, 1e2, 1E-2, -5e+3, 0.1e1, 10000000000000000000000.5]"))
print(json.loads("-12345678901234567890"), json.loads("1" * 50))
s = "tab\there \u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \u2603 \U0001F40D \u0000 end"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False) == '"' + s.replace("\t", "\\t").replace("\u0000", "\\u0000") + '"')
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.loads('"\\u00fc\\u2603\\ud83d\\udc0d"'), len(json.loads('"\\ud83d\\udc0d"')))
print(json.dumps({"\u00e9": ["\u00e8"]}, ensure_ascii=False, indent=1))
print(json.loads('{"\\u0041": "\\u0042"}'))
