def f():
	if True:
		return 1
	return 2

class A:
	def m(self):
		x = [
	1,
			2]
		return x

print(f(), A().m())
