(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["po"] = {"positie":"fpotignb:13|","positief":"|fpotignb:26,38,42"};
