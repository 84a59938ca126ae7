import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s - %(name)s - %(message)s")
logging.debug("debug message")
logging.info("info message")
logger = logging.getLogger(__name__)
logger.info("module logger named %s", __name__)
logging.basicConfig(level=logging.ERROR)  # ignored: the root logger has a handler
logging.warning("still at DEBUG")
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s!", level=logging.INFO)
logging.info("reconfigured")
logging.debug("hidden")
logging.log(logging.CRITICAL, "critical via log()")
lonely = logging.getLogger("lonely")
lonely.propagate = False
sys.stderr = sys.stdout
lonely.warning("last resort prints the bare message")
lonely.info("below the last resort's level")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)
