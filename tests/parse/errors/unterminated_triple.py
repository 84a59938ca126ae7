s = """abc

x