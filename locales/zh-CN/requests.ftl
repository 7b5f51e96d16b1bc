# 服务申请：持卡人向服务单位申请需办理（而非现场核销）的服务；服务单位受理、要求补充材料、办结或拒绝。

nav-requests = 服务申请
request-new = 申请
request-list-mine = 我的服务申请
requests-title = 服务申请
requests-tabs = 申请范围
requests-tab-mine = 我的申请
requests-tab-provider = 本单位受理
requests-tab-review = 本辖区
requests-count = 共 { $formatted } 项申请
requests-none = 暂无服务申请。
request-provider = 服务单位
request-rating = 评价
request-late = 逾期
request-late-yes = 有环节超出承诺时限
request-rating-of = { $stars } 星（满分 5 星）
request-rating-average = 平均 { $average } 星（{ $count } 项评价）
request-new-title = 申请服务
request-documents = 需上传的材料
request-no-provider = 本省暂无提供此项服务的单位。
request-statement = 申请事项
request-statement-hint = 例如子女就读年级和居住区。最多 4000 字。
request-create = 创建申请
request-back-card = 返回我的人才卡
requests-late-title = 逾期服务申请
requests-late-hint = 有申请超出承诺时限的服务单位和服务，逾期最多的排在前面。
requests-late-none = 没有逾期的申请。
requests-late-open = 办理中已逾期
requests-late-closed = 逾期后办结
requests-total = 申请总数
requests-back = 返回服务申请
request-do-accept = 受理
request-do-fulfil = 办结
request-do-refuse = 不予办理
request-rate-title = 对本次服务的评价
request-rating-note = 意见（可选）
request-rate = 提交评价

application-kind-service-request = 服务申请
review-step-provider-acceptance = 服务单位受理
review-step-provider-fulfilment = 服务单位办结
review-panel-provider = 服务单位工作人员
review-role-provider = 服务单位

err-card-none = 您尚未持有人才卡；人才卡在认定通过后发放，服务凭卡申请。
err-rating-range = 请选择 1 至 5 星。
err-request-already-rated = 此申请已评价。
err-request-not-fulfilled = 服务单位办结后才能评价。
err-request-open = 此项服务已有办理中的申请，请先跟进或撤回该申请。
err-service-redeemed-at-point = 此项服务无需申请，请到服务网点出示人才卡。

action-service-request-create = 提出服务申请
action-service-request-fulfil = 服务申请已办结
action-service-request-rate = 服务申请已评价

mail-request-info-subject = { $provider }需要您补充{ $service }申请材料
mail-request-info-body = { $name }您好：{ $provider }在继续办理您的{ $service }申请前，需要您补充：{ $note } 请在 rencai 中补充后重新提交。
mail-request-fulfilled-subject = 已办结：{ $service }
mail-request-fulfilled-body = { $name }您好：{ $provider }已办结您的{ $service }申请。{ $note } 欢迎在 rencai 中评价本次服务。
mail-request-refused-subject = 未予办理：{ $service }
mail-request-refused-body = { $name }您好：{ $provider }未予办理您的{ $service }申请。原因：{ $note } 您可在 rencai 中申诉一次。
