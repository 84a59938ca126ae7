import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
print(json.dump({"a": [1, 2], "b": "x"}, sink))
print("".join(sink.parts))
sink = Sink()
json.dump([1, {"k": None}], sink, indent=2, sort_keys=True)
print("".join(sink.parts))
print(json.load(Source('{"x": [1, 2, {"y": null}]}')))
try:
    json.load(Source("[1,"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
