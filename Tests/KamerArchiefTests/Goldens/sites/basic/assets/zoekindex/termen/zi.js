(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["zi"] = {"zijn":"|fpotignb:32,50;fr0mbcui:18"};
