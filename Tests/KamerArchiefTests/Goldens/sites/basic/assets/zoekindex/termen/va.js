(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["va"] = {"van":"_onderwerpen:3,5;fpotignb:13,19,31,35,57|fpotignb:6,16,22,38,42,46,62;fr0mbcui:6"};
