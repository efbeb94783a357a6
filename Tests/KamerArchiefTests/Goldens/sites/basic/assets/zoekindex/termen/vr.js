(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["vr"] = {"vraag":"fpotignb:61|fpotignb:10"};
