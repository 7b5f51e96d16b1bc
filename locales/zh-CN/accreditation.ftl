# 人才分类目录、认定申请与评审流程。

err-catalogue-no-tiers = 目录至少需要一个层次。
err-tier-code-invalid = 层次代码“{ $code }”无效；请使用 1 至 8 个大写字母或数字，以字母开头。
err-tier-duplicate = 层次代码“{ $code }”重复使用。
err-name-missing = 缺少 { $locale } 名称。
err-criterion-code-invalid = 标准代码“{ $code }”无效；请使用小写字母、数字和连字符（最多 64 个），以字母开头。
err-criterion-duplicate = 标准代码“{ $code }”重复使用。
err-criterion-unknown-tier = 没有代码为“{ $tier }”的层次。
err-rule-empty = 请填写规则：基于人才档案的 CEL 表达式。
err-rule-syntax = 规则在第 { $line } 行第 { $column } 列无法解析：{ $detail }
err-rule-unknown-variable = 规则第 { $line } 行第 { $column } 列使用的“{ $name }”不是档案字段。
err-rule-unknown-function = 规则调用的“{ $name }”不是可用函数。
err-rule-not-boolean = 规则必须得出真或假，但示例“{ $example }”得出的是 { $type }。
err-rule-runtime = 规则在示例“{ $example }”上出错：{ $detail }
err-policy-test-failed = 示例“{ $example }”应得出 { $expected }，但规则得出 { $got }。
err-review-transition = 申请当前状态下不能进行此操作。
err-review-already-voted = 您已对此环节作出决定。
err-review-not-late = 此环节尚未超时。
err-review-already-appealed = 此决定已申诉过一次。
err-review-seat-taken = 该评审席位已由其他评审人占用。
err-evidence-duplicate = 此文件已附在申请中。
err-application-not-draft = 只有草稿状态的申请才能这样修改。
err-catalogue-not-draft = 只能修改草稿目录；请新建草稿。
err-accreditation-revoked = 该认定已被撤销。
err-accreditation-renewed = 该认定已续期。

err-catalogue-none = 本地区尚未发布人才分类目录。
err-criterion-not-met = 该人才的档案不符合此标准；请在资格查询页面查看适用的标准。
err-evidence-empty = 文件为空。
err-evidence-too-large = 文件超过 10 MB；请降低扫描分辨率或拆分文件。
err-evidence-type = 仅接受 PDF、PNG 和 JPEG 文件，此文件均不是。
err-evidence-disguised = 文件内容与文件名不符（例如图片被命名为 .pdf）；请改用正确的扩展名。
err-evidence-required = 提交前请至少上传一份证明材料。
err-expert-unknown = 没有使用此用户名的有效专家账号。

mail-issued-subject = 您的人才认定 { $number }（{ $tier } 类）
mail-issued-body = { $name }，您好：您已被认定为 { $tier } 类人才。证书编号：{ $number }，有效期至 { $expires }。您可以在 rencai 中下载证书。
mail-expiry-subject = 您的人才认定 { $number } 将于 { $expires } 到期
mail-expiry-body = { $name }，您好：您的人才认定 { $number }（{ $tier } 类）将于 { $expires } 到期。请在此之前在 rencai 中申请续期。
mail-revoked-subject = 您的人才认定 { $number } 已被撤销
mail-revoked-body = { $name }，您好：您的人才认定 { $number }（{ $tier } 类）已被撤销。原因：{ $reason }
