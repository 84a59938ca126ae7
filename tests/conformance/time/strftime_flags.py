# glibc's strftime flags, widths, E/O modifiers and odd conversions; far and negative years.
import time

s = time.gmtime(1700000000)
print(repr(time.strftime('%Q %-d %_d %^a %#a %10Y %Ey %Od %5d %-5d %E %', s)))
print(repr(time.strftime('%10a|%-10a|%_5H|%010p|%^b|%#b|%#p|%-j|%3j|%1j|%_j', s)))
print(repr(time.strftime('%x|%X|%r|%D|%T|%R|%h|%n|%t|%u|%w|%V|%G|%g|%U|%W', s)))
print(repr(time.strftime('%10c|%10x|%-e|%k|%l|%P|%+4Y|%O|', s)))
for tup in [(5, 1, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 0, 6, 1, 0), (-5, 3, 1, 0, 0, 0, 0, 60, 0),
            (2020, 12, 31, 13, 5, 9, 3, 366, 0), (2021, 1, 3, 23, 0, 0, 6, 3, 0), (1999, 12, 31, 12, 0, 0, 4, 365, 0)]:
    print(repr(time.strftime('%F|%-Y|%C|%y|%3u|%-S|%_S|%^10c|%#c|%#x|%05e|%-e|%_m|%Ec|%OH|%EY|%G|%g|%V|%U|%W|%j|%I%p', tup)))
for ts in [-86400 * 365 * 3000, -1, 0, 951782400, 4102444800, 253402300799, 253402300800 * 4]:
    g = time.gmtime(ts)
    print(ts, tuple(g), time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %V', g), time.asctime(g))
print(time.mktime((2024, 2, 30, 25, 61, 61, 0, 0, 0)), time.mktime((1969, 14, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime(time.gmtime(1234567890)))
