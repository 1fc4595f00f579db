"""Settings for the whole suite: errors inside the extractor surface instead of being passed over."""

import os

# The extractor passes over a sentence it cannot read, so that one bad sentence never spoils an article.
# Under test, such an error fails the test instead.
os.environ.setdefault("TOLLTRACK_STRICT", "1")
