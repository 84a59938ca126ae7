# A subclass of bytes keeps its bytes; methods give plain bytes.
class Packet(bytes):
    def checksum(self):
        return sum(self) % 256


p = Packet(b"\x01\x02\x03")
print(p, repr(p), type(p).__name__, len(p), p[0], p[1:], type(p[1:]).__name__, p.checksum())
print(p == b"\x01\x02\x03", p + b"!", type(p + b"!").__name__, p.hex(), list(p), b"\x02" in p)
print(p.decode(), hash(p) == hash(b"\x01\x02\x03"), bytes(p), type(bytes(p)).__name__, isinstance(p, bytes))


class Greeting(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode())


g = Greeting("héllo")
print(g, g.decode(), g.upper(), Greeting("a") < Greeting("b"))
g.sender = "me"
print(g.sender, Packet(), Packet(3), Packet([65, 66]))
