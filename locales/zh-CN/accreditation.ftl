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
