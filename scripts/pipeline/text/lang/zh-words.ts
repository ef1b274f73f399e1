// Words jieba's dictionary (2012) lacks, written in its dictionary format (word, frequency, tag).
// Split, they read wrong: 赋能 became 赋/v 能/v, and "技术培训赋能" a clause ending on the modal 能;
// 可观测性 opened on the modal 可, 算力 on the verb 算. Each is a word of today's technical writing.
export const zhWords = `赋能 3000 v
大模型 3000 n
智能体 3000 n
云原生 3000 n
可观测性 3000 n
算力 3000 n
提示词 3000 n
多模态 3000 b
微服务 3000 n
容器化 3000 v
`
