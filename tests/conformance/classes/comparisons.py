class Student:
    def __init__(self, name, gpa):
        self.name = name
        self.gpa = gpa

    def __lt__(self, other):
        return self.gpa < other.gpa

    def __eq__(self, other):
        return self.gpa == other.gpa

    def __repr__(self):
        return f"{self.name}({self.gpa})"

roster = [Student("A", 3.2), Student("B", 3.9), Student("C", 2.8)]
print(sorted(roster))
print(max(roster), min(roster))
print(roster[0] < roster[1], roster[0] > roster[1], roster[0] == Student("Z", 3.2))
