(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["wi"] = {"wil":"|fpotignb:4,8,24"};
