(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["we"] = {"werkt":"|fr0mbcui:12"};
