(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["23"] = {"23":"|fpotignb:64","239":"|fr0mbcui:20"};
