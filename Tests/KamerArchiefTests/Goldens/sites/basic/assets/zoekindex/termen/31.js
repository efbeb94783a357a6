(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["31"] = {"31209":"|fr0mbcui:20"};
