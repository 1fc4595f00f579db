"""tolltrack: figures of the human cost of wars, read from the news as sourced records and reconciled."""

from tolltrack.extract import extract
from tolltrack.records import (
    Figure,
    Period,
    Record,
    Relay,
    Source,
    Speaker,
    Statement,
    Subject,
    Value,
)
from tolltrack.store.ledger import Ledger

__all__ = [
    "Figure",
    "Ledger",
    "Period",
    "Record",
    "Relay",
    "Source",
    "Speaker",
    "Statement",
    "Subject",
    "Value",
    "extract",
]

__version__ = "0.1.0"
