from datetime import date, datetime, time, timezone, timedelta

moment = datetime(2024, 7, 4, 9, 5, 3, 42)
formats = ["%Y-%m-%d", "%d/%m/%y", "%A, %B %d, %Y", "%a %b %e", "%H:%M:%S.%f", "%I:%M %p", "%j", "%U %W %V %G %u %w",
           "%c", "%x", "%X", "%D %T %R %F", "%%", "%z|%Z", "%-d/%-m", "%C %g %h %n %t|", "%k %l",
           "week %W of %Y", "%5Y|%_d|%-j"]
for fmt in formats:
    print(repr(fmt), "->", repr(moment.strftime(fmt)))

aware = moment.replace(tzinfo=timezone(timedelta(hours=-7), "PDT"))
print(aware.strftime("%Y-%m-%d %H:%M:%S %z %Z"))
print(moment.replace(tzinfo=timezone.utc).strftime("%z %Z"))
print(moment.replace(tzinfo=timezone(timedelta(hours=5, minutes=45))).strftime("%z %Z"))
print(moment.replace(tzinfo=timezone(timedelta(seconds=-3725))).strftime("%z"))
print(date(2024, 7, 4).strftime("%Y %H:%M:%S %f %z %Z|"))
print(time(23, 1, 2, 3).strftime("%Y-%m-%d %H:%M:%S.%f %p"))
print(date(5, 1, 1).strftime("%Y|%4Y|%y"), date(999, 12, 31).strftime("%Y %C %G"))
print(f"{moment:%Y}", f"{moment:}", "{:%H:%M}".format(moment), format(moment.date(), "%d.%m.%Y"))
print(moment.strftime(""), moment.strftime("no directives"), moment.strftime("%Q %!"))
try:
    moment.strftime(None)
except TypeError as e:
    print("TypeError:", e)
