(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["es"] = {"essentie":"fpotignb:3,15|"};
