# Student grade manager (tutorial style)
students = {}

def add_student(name, *scores):
    if name in students:
        print(f"{name} already exists")
        return False
    students[name] = list(scores)
    return True

def average(name):
    scores = students.get(name)
    if not scores:
        raise ValueError(f"no scores for {name}")
    return sum(scores) / len(scores)

def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"

add_student("김민준", 95, 88, 92)
add_student("이서연", 72, 65, 80)
add_student("박지훈")
add_student("김민준", 1)

for name in students:
    try:
        avg = average(name)
    except ValueError as err:
        print(f"{name}: error - {err}")
        continue
    print(f"{name}: {avg:.2f} ({letter(avg)})")

best = max((n for n in students if students[n]), key=average)
print("best:", best)
report = {n: letter(average(n)) for n in students if students[n]}
print(report)
print(sorted(students, key=lambda n: len(students[n]), reverse=True))
