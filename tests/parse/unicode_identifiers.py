café = "coffee"
naïve = True
π = 3.14159
Σ = sum
变量 = "chinese"
переменная = "russian"
δx = 0.1
def 함수(인자=1, *나머지, 키워드=None, **기타):
    return 인자, 나머지, 키워드, 기타
class 클래스:
    속성 = "값"
print(café, naïve, π, Σ([1, 2]), 变量, переменная, δx, 함수(2, 3, 키워드=4), 클래스.속성)
