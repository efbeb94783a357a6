(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["23"] = {"23":"|fpotignb:62","239":"|fr0mbcui:20"};
