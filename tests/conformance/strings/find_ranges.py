s='abcabc'
print(s.find('c',3), s.rfind('a',0,3), s.index('b',-2), s.count('c',0,-1), '가나다가'.find('가',1), '가나다가'.count('가', 1), [1,2,1].index(1,-1), s.rfind('abc', 1))
