def check_age(age):
    assert age >= 0, "나이는 음수일 수 없습니다"
    return age

print(check_age(5))
try:
    check_age(-1)
except AssertionError as e:
    print("AssertionError:", e)
assert 1 + 1 == 2
assert False
