(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["20"] = {"2022":"|fpotignb:64","2023":"|fpotignb:16,66;fr0mbcui:6","2025":"|fr0mbcui:18","2026":"|fr0mbcui:8"};
