(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["en"] = {"en":"fpotignb:35,53,59|fpotignb:8,16,20,62;fr0mbcui:8"};
