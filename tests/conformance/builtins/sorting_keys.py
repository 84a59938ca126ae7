records = [
    {"name": "Kim", "dept": "dev", "salary": 5000},
    {"name": "Lee", "dept": "ops", "salary": 4200},
    {"name": "Park", "dept": "dev", "salary": 6100},
    {"name": "Choi", "dept": "ops", "salary": 4200},
]
for r in sorted(records, key=lambda r: (r["dept"], -r["salary"])):
    print(r["dept"], r["name"], r["salary"])
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((2, 1)))
print(sorted(["b", "A", "c"], key=str.upper))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
