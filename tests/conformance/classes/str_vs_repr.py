class Book:
    def __init__(self, title, author):
        self.title = title
        self.author = author

    def __str__(self):
        return f"'{self.title}' by {self.author}"

class Plain:
    pass

b = Book("어린 왕자", "생텍쥐페리")
print(b)
print(str(b))
print([b][0].title)
p = Plain()
print(type(p).__name__, p.__class__.__name__)
print(repr(b).startswith("<__main__.Book object at 0x"))
