"""adalscan: evidence crawler and compliance scanner for anti-corruption oversight of Kazakhstan's universities and colleges."""

__version__ = "0.1.0"
