students = {
    "s1": {"name": "Kim", "scores": [90, 80]},
    "s2": {"name": "Lee", "scores": [70, 95, 85]},
}
for sid, info in students.items():
    avg = sum(info["scores"]) / len(info["scores"])
    print(sid, info["name"], round(avg, 1))
students["s1"]["scores"].append(100)
print(students["s1"])
print(len(students), list(students))
