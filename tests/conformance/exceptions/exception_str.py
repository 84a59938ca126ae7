class AppError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"[{self.code}] {self.msg}"

try:
    raise AppError(404, "Not Found")
except AppError as e:
    print(e)
    print(str(e), repr(e.code))

e = ValueError("a", 1)
print(e, e.args, repr(e))
print(str(KeyError("k")), repr(KeyError("k")))
print(repr(Exception()), str(Exception()))
raise AppError(500, "서버 오류")
