"""Mail out: the only code that speaks SMTP, shared by the morning digest and instant alerts.

smtp.py   hand a message to the server (plain, STARTTLS or SSL, the certificate always checked) and say which
          recipients it refused
"""

from .smtp import send

__all__ = ["send"]
