fruits = ["사과", "바나나", "체리"]
print(fruits, len(fruits))
fruits.append("딸기")
fruits.insert(1, "포도")
print(fruits)
fruits.remove("바나나")
last = fruits.pop()
print(last, fruits)
print(fruits.index("체리"), "사과" in fruits, "수박" not in fruits)
fruits.extend(["망고", "키위"])
print(fruits)
fruits[0] = "APPLE"
print(fruits[0], fruits[-1], fruits[1:3])
del fruits[0]
print(fruits)
fruits.clear()
print(fruits, len(fruits))
