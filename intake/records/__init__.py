"""After the requests: track what was asked for, read what comes back, and assemble the appeal packet."""
