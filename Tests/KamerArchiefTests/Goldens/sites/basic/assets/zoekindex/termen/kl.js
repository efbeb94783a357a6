(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["kl"] = {"kleinere":"|fpotignb:22","klimaat":"|fpotignb:62"};
