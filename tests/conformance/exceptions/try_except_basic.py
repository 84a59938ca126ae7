def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("0으로 나눌 수 없습니다")
        return None
    else:
        print("성공")
        return result
    finally:
        print("계산 끝")

print(safe_divide(10, 2))
print(safe_divide(1, 0))
