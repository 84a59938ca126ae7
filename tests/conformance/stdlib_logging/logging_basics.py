import logging
import sys

# Conformance compares stdout: send what would go to stderr there too.
sys.stderr = sys.stdout

logging.warning("before any configuration")
logging.info("not shown: the root logger is at WARNING")
logging.error("error %s %d", "with", 2)

log = logging.getLogger("app")
log.warning("child logger through root's handler")
log.setLevel(logging.DEBUG)
log.debug("debug now visible? %s", "no: root handler level is NOTSET, so yes")
print(log, logging.getLogger(), log.getEffectiveLevel(), log.parent is logging.getLogger())

db = logging.getLogger("app.db")
print(db.parent is log, db.getEffectiveLevel(), logging.getLogger("app.db") is db)



class StableOut:
    """stdout with this file's path (in tracebacks) made stable."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        pass


handler = logging.StreamHandler(StableOut())
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s (%(funcName)s:%(lineno)d)"))
db.addHandler(handler)
db.propagate = False


def query():
    db.info("running %r", "SELECT 1")


query()
db.warning("slow query: %.2f s", 1.5)

try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    db.exception("query failed")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
api = logging.getLogger("api")
api.addHandler(brace)
api.propagate = False
api.error("brace style %s", "works")
print(logging.getLevelName(logging.ERROR), logging.getLevelName(25), logging.getLevelName("INFO"))
api.setLevel("ERROR")
api.warning("filtered")
print(api.isEnabledFor(logging.ERROR), api.isEnabledFor(logging.WARNING))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


api.addFilter(OnlyEven())
for i in range(4):
    api.error("n=%d", i)
adapter = logging.LoggerAdapter(api, {"user": "bob"})
api.handlers[0].setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.error("hello %d", 2)
