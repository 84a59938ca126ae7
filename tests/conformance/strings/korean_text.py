greeting = "안녕하세요"
print(len(greeting))
print(greeting[0], greeting[-1], greeting[1:3])
for ch in "한글":
    print(ch, ord(ch))
print(chr(44032), chr(55203))
word = "파이썬 프로그래밍"
print(word.split())
print(word.replace("파이썬", "Python"))
print("프로" in word, word.find("프로"))
print(word[::-1])
