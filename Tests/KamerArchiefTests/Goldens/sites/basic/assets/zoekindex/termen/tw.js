(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["tw"] = {"tweede":"|fr0mbcui:8"};
