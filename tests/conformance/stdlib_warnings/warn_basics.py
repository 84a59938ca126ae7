import sys
import warnings



class Stderr:
    """Warnings go to stderr: show them on stdout, with this file's path made stable."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        pass


sys.stderr = Stderr()


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


warnings.warn("plain warning")
for i in range(3):
    warnings.warn("shown once for this line")
old_api()
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", UserWarning)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy thing")
warnings.warn("Noisy too (case-insensitive)")
warnings.filterwarnings("ignore", category=FutureWarning)
warnings.warn("future", FutureWarning)
warnings.warn(RuntimeWarning("instance as message"))


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
print("done")
