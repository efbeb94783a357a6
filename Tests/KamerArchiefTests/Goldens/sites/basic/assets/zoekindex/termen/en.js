(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["en"] = {"en":"fpotignb:8,16,20,35,53,59;fr0mbcui:8"};
