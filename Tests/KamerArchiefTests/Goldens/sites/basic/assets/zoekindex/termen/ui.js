(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ui"] = {"uit":"|fpotignb:4;fr0mbcui:6"};
