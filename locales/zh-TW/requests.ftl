# 服務申請：持卡人向服務單位申請需辦理（而非現場核銷）的服務；服務單位受理、要求補充資料、辦結或拒絕。

nav-requests = 服務申請
request-new = 申請
request-list-mine = 我的服務申請
requests-title = 服務申請
requests-tabs = 申請範圍
requests-tab-mine = 我的申請
requests-tab-provider = 本單位受理
requests-tab-review = 本轄區
requests-count = 共 { $formatted } 項申請
requests-none = 暫無服務申請。
request-provider = 服務單位
request-rating = 評價
request-late = 逾期
request-late-yes = 有環節超出承諾時限
request-rating-of = { $stars } 星（滿分 5 星）
request-rating-average = 平均 { $average } 星（{ $count } 項評價）
request-new-title = 申請服務
request-documents = 需上傳的資料
request-no-provider = 本省暫無提供此項服務的單位。
request-statement = 申請事項
request-statement-hint = 例如子女就讀年級和居住區。最多 4000 字。
request-create = 建立申請
request-back-card = 返回我的人才卡
requests-late-title = 逾期服務申請
requests-late-hint = 有申請超出承諾時限的服務單位和服務，逾期最多的排在前面。
requests-late-none = 沒有逾期的申請。
requests-late-open = 辦理中已逾期
requests-late-closed = 逾期後辦結
requests-total = 申請總數
requests-back = 返回服務申請
request-do-accept = 受理
request-do-fulfil = 辦結
request-do-refuse = 不予辦理
request-rate-title = 對本次服務的評價
request-rating-note = 意見（選填）
request-rate = 送出評價

application-kind-service-request = 服務申請
review-step-provider-acceptance = 服務單位受理
review-step-provider-fulfilment = 服務單位辦結
review-panel-provider = 服務單位工作人員
review-role-provider = 服務單位

err-card-none = 您尚未持有人才卡；人才卡在認定通過後發放，服務憑卡申請。
err-rating-range = 請選擇 1 至 5 星。
err-request-already-rated = 此申請已評價。
err-request-not-fulfilled = 服務單位辦結後才能評價。
err-request-open = 此項服務已有辦理中的申請，請先跟進或撤回該申請。
err-service-redeemed-at-point = 此項服務無需申請，請到服務網點出示人才卡。

action-service-request-create = 提出服務申請
action-service-request-fulfil = 服務申請已辦結
action-service-request-rate = 服務申請已評價

mail-request-info-subject = { $provider }需要您補充{ $service }申請資料
mail-request-info-body = { $name }您好：{ $provider }在繼續辦理您的{ $service }申請前，需要您補充：{ $note } 請在 rencai 中補充後重新送出。
mail-request-fulfilled-subject = 已辦結：{ $service }
mail-request-fulfilled-body = { $name }您好：{ $provider }已辦結您的{ $service }申請。{ $note } 歡迎在 rencai 中評價本次服務。
mail-request-refused-subject = 未予辦理：{ $service }
mail-request-refused-body = { $name }您好：{ $provider }未予辦理您的{ $service }申請。原因：{ $note } 您可在 rencai 中申訴一次。
