(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ko"] = {"kortere":"|fr0mbcui:12"};
