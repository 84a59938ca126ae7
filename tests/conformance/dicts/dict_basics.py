phone = {"철수": "010-1234", "영희": "010-5678"}
phone["민수"] = "010-0000"
print(phone)
print(phone["영희"], len(phone))
print(phone.get("없음"), phone.get("없음", "N/A"))
print("철수" in phone, "x" in phone)
del phone["철수"]
print(phone)
print(list(phone.keys()), list(phone.values()))
for name, number in phone.items():
    print(name, "->", number)
removed = phone.pop("민수")
print(removed, phone)
phone.update({"a": "1", "b": "2"})
print(phone)
print(phone.setdefault("a", "x"), phone.setdefault("c", "3"), phone)
